import type { Template } from "../types";
import { CHILDRENS_SERVICES, LAWFUL_BASIS_SECTION_47, PROBATION, caseReferenceField, contactFields } from "./common";

/** Derbyshire summary, "Child Protection Conferences": the invitation. */
export const childProtectionConferenceInvitation: Template = {
  id: "cp-conference-invitation",
  exchangeId: "child-protection-conferences",
  name: "Child protection conference invitation (children's services to probation)",
  subjectTitle: "Child Protection Conference Invitation",
  kind: "invitation",
  direction: { from: CHILDRENS_SERVICES, to: PROBATION },
  purpose: "For children's services to ensure that probation services are invited to relevant Child Protection conferences.",
  lawfulBasis: LAWFUL_BASIS_SECTION_47,
  timescale: "Before the conference: a representative would be preferable at the CP conference",
  clause: "Derbyshire data processing summary: Child Protection Conferences, Information to be provided and Process",
  fields: [
    caseReferenceField("Your children's services case reference."),
    { id: "conferenceDetails", label: "Details of the planned conference", type: "textarea", required: true, help: "\"Children's services to provide details of the planned conference.\"" },
    { id: "conferenceDate", label: "Conference date", type: "date", required: true, help: "Details of the planned conference." },
    { id: "conferenceTime", label: "Conference time", type: "time", required: true, help: "Details of the planned conference." },
    { id: "venue", label: "Venue or call details", type: "text", required: true, help: "Details of the planned conference." },
    { id: "adultsInvolved", label: "Adults involved", type: "textarea", required: true, help: "\"Names/addresses of any adults involved.\"" },
    {
      id: "reportRequested",
      label: "Report requested",
      type: "radio",
      required: true,
      help: "\"The Offender Manager will confirm attendance and provide a written report to conference … on the agreed report template.\"",
      options: [
        { value: "attendance-and-report", label: "Please confirm attendance and send a written report" },
        { value: "attendance-only", label: "Please confirm attendance" },
      ],
    },
    ...contactFields(
      "Conference contact",
      "Derbyshire invites/requests come from and go back to cs.cpconf@derbyshire.gov.uk; Derby City's to cpsafeguarding@derby.gov.uk.",
    ),
  ],
};
