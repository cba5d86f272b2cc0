import type { Template } from "../types";
import { CHILDRENS_SERVICES, LAWFUL_BASIS_SECTION_47, PROBATION, caseReferenceField, contactFields } from "./common";

/** Derbyshire summary, "Strategy Meeting Invites": probation's reply and written update. */
export const strategyMeetingResponse: Template = {
  id: "strategy-meeting-response",
  exchangeId: "strategy-meeting-invites",
  name: "Strategy meeting response (probation to children's services)",
  subjectTitle: "Strategy Meeting Response",
  kind: "response",
  direction: { from: PROBATION, to: CHILDRENS_SERVICES },
  purpose:
    "For children's services to ensure that probation services are aware of and given the opportunity to participate in Strategy discussions/Meetings (Child Protection Section 47 enquiries).",
  lawfulBasis: LAWFUL_BASIS_SECTION_47,
  timescale: "Before the meeting",
  clause: "Derbyshire data processing summary: Strategy Meeting Invites, Process",
  fields: [
    caseReferenceField("The reference children's services gave in the invitation."),
    { id: "meetingDate", label: "Meeting date", type: "date", required: true, help: "The strategy meeting this answers." },
    {
      id: "attendance",
      label: "Attendance",
      type: "radio",
      required: true,
      help: "\"A representative would be preferable at the strategy discussion. The PDM [or SPO] will arrange for a response if the Case Manager is unavailable.\"",
      options: [
        { value: "will-attend", label: "A probation representative will attend" },
        { value: "written-update", label: "Unable to attend: written update below" },
      ],
    },
    { id: "attendeeName", label: "Who will attend", type: "text", required: false, help: "The Case Manager / Offender Manager, or who the PDM or SPO arranged." },
    {
      id: "update",
      label: "Written update",
      type: "textarea",
      required: false,
      help: "\"The Case Manager will provide a written update\"; \"both parties to then provide information in line with DDSCP policy and procedures\".",
    },
    ...contactFields("Case Manager / Offender Manager", "The officer who provides the update."),
  ],
};
