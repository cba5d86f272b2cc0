import type { Template } from "../types";
import { CHILDRENS_SERVICES, LAWFUL_BASIS_SAFEGUARDING, PROBATION, caseReferenceField, contactFields } from "./common";

/** Derbyshire summary, "Known Persons Check (Probation initiated)": the request. */
export const kpcProbationRequest: Template = {
  id: "kpc-probation-request",
  exchangeId: "kpc-probation-to-childrens",
  name: "Known Persons Check request (probation to children's services)",
  subjectTitle: "Known Persons Check",
  kind: "request",
  direction: { from: PROBATION, to: CHILDRENS_SERVICES },
  purpose:
    "For probation services to confirm whether adults/their families are known/have recently been known to children's services and if so, in what capacity.",
  lawfulBasis: LAWFUL_BASIS_SAFEGUARDING,
  timescale: "Two working days",
  clause: "Derbyshire data processing summary: Known Persons Check (Probation initiated), Purpose, Information to be provided and Process",
  fields: [
    caseReferenceField("Your probation case reference, e.g. the nDelius CRN (X123456)."),
    { id: "adultName", label: "Name of the adult", type: "text", required: true, help: "\"Confirmation of whether the named adult/their family is known\": the adult the check is about." },
    { id: "adultDateOfBirth", label: "Adult's date of birth", type: "date", required: false, help: "Helps children's services find the right named adult." },
    { id: "adultAddress", label: "Adult's address", type: "textarea", required: false, help: "Helps children's services find the right adult and family." },
    {
      id: "familyMembers",
      label: "Family members to check",
      type: "textarea",
      required: false,
      help: "The check covers the named adult and their family: list the family members (and children) the check should include.",
    },
    {
      id: "stageOfSentence",
      label: "Stage of sentence",
      type: "select",
      required: false,
      help: "\"Checks are made at various points in the offender's sentence.\"",
      options: [
        { value: "court", label: "At court (pre-sentence)" },
        { value: "start-of-sentence", label: "Start of sentence" },
        { value: "pre-release", label: "Before release from custody" },
        { value: "during-supervision", label: "During supervision" },
      ],
    },
    {
      id: "urgency",
      label: "Urgency",
      type: "radio",
      required: true,
      help: "Urgent NPS checks from court are requested by telephone or by email headed \"URGENT In Court\"; all other checks are business as usual.",
      options: [
        { value: "business-as-usual", label: "Business as usual (two working days)" },
        { value: "urgent-in-court", label: "URGENT In Court" },
      ],
    },
    ...contactFields("Requesting officer", "The officer the answer goes back to: the requester or the office's SPOC mailbox."),
  ],
};
