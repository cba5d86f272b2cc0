import type { Template } from "../types";
import { CHILDRENS_SERVICES, LAWFUL_BASIS_SECTION_47, PROBATION, caseReferenceField, contactFields } from "./common";

/** Derbyshire summary, "Child Protection Conferences": probation's attendance and report. */
export const childProtectionConferenceReport: Template = {
  id: "cp-conference-report",
  exchangeId: "child-protection-conferences",
  name: "Child protection conference report (probation to children's services)",
  subjectTitle: "Child Protection Conference Report",
  kind: "report",
  direction: { from: PROBATION, to: CHILDRENS_SERVICES },
  purpose: "For children's services to ensure that probation services are invited to relevant Child Protection conferences.",
  lawfulBasis: LAWFUL_BASIS_SECTION_47,
  timescale: "Before the conference",
  clause: "Derbyshire data processing summary: Child Protection Conferences, Process (\"the update will be provided on the agreed report template\")",
  fields: [
    caseReferenceField("The reference children's services gave in the invitation."),
    { id: "conferenceDate", label: "Conference date", type: "date", required: true, help: "The conference this report is for." },
    {
      id: "attendance",
      label: "Attendance",
      type: "radio",
      required: true,
      help: "\"The Offender Manager will confirm attendance.\" \"A representative would be preferable at the CP conference.\"",
      options: [
        { value: "will-attend", label: "Will attend" },
        { value: "cannot-attend", label: "Cannot attend: report only" },
      ],
    },
    {
      id: "involvement",
      label: "Probation involvement",
      type: "textarea",
      required: true,
      help: "The written report to conference \"on the agreed report template\": the order or licence and supervision to date.",
    },
    { id: "riskAssessment", label: "Current risk assessment", type: "textarea", required: true, help: "Risk-related information including the current assessment." },
    { id: "recommendations", label: "Recommendations", type: "textarea", required: false, help: "What probation recommends to the conference." },
    ...contactFields("Case Manager / Offender Manager", "The SPO or PDM arranges a response if the Case Manager is unavailable."),
  ],
};
