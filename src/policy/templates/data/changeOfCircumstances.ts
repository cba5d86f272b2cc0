/**
 * What the four change-of-circumstances templates share: the "On-going communication" row of the
 * Derbyshire summary ("Probation Responsible Officers should always notify Childrens Services of
 * any relevant change in circumstances including …").
 */
import type { Template, TemplateField } from "../types";
import { CHILDRENS_SERVICES, LAWFUL_BASIS_SAFEGUARDING, PROBATION, caseReferenceField, contactFields } from "./common";

type Specific = Pick<Template, "id" | "name" | "subjectTitle" | "timescale"> & { fields: TemplateField[] };

export function changeOfCircumstances(specific: Specific): Template {
  return {
    id: specific.id,
    exchangeId: "ongoing-communication",
    name: specific.name,
    subjectTitle: specific.subjectTitle,
    kind: "update",
    direction: { from: PROBATION, to: CHILDRENS_SERVICES },
    purpose: "For children's services and probation services to regularly exchange relevant information to ensure the safety and well-being of children.",
    lawfulBasis: LAWFUL_BASIS_SAFEGUARDING,
    timescale: specific.timescale,
    clause: "Derbyshire data processing summary: On-going communication, Process (relevant change in circumstances)",
    fields: [
      caseReferenceField("Your probation case reference, e.g. the nDelius CRN (X123456)."),
      ...specific.fields,
      ...contactFields(
        "Responsible Officer",
        "Communication is made to your known contact; all communication and what has been shared should be recorded on partner case management systems.",
      ),
    ],
  };
}
