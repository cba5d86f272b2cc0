import type { Template } from "../types";
import { CHILDRENS_SERVICES, LAWFUL_BASIS_SECTION_47, PROBATION, caseReferenceField, contactFields } from "./common";

/** Derbyshire summary, "Strategy Meeting Invites": the invitation. */
export const strategyMeetingInvitation: Template = {
  id: "strategy-meeting-invitation",
  exchangeId: "strategy-meeting-invites",
  name: "Strategy meeting invitation (children's services to probation)",
  subjectTitle: "Strategy Meeting Invitation",
  kind: "invitation",
  direction: { from: CHILDRENS_SERVICES, to: PROBATION },
  purpose:
    "For children's services to ensure that probation services are aware of and given the opportunity to participate in Strategy discussions/Meetings (Child Protection Section 47 enquiries).",
  lawfulBasis: LAWFUL_BASIS_SECTION_47,
  timescale: "Before the meeting: a representative would be preferable at the strategy discussion",
  clause: "Derbyshire data processing summary: Strategy Meeting Invites, Information to be provided and Process",
  fields: [
    caseReferenceField("Your children's services case reference."),
    { id: "caseDetails", label: "Details of the case", type: "textarea", required: true, help: "\"Children's services to provide details of case and date/time/venue for Strategy meeting.\"" },
    { id: "meetingDate", label: "Meeting date", type: "date", required: true, help: "\"Date/time/venue for Strategy meeting.\"" },
    { id: "meetingTime", label: "Meeting time", type: "time", required: true, help: "\"Date/time/venue for Strategy meeting.\"" },
    { id: "venue", label: "Venue or call details", type: "text", required: true, help: "\"Date/time/venue for Strategy meeting.\"" },
    {
      id: "informationRequested",
      label: "Information requested from probation",
      type: "textarea",
      required: false,
      help: "\"Both parties to then provide information in line with DDSCP policy and procedures.\"",
    },
    ...contactFields("Organising worker", "Probation's written update goes back to the requester (Starting Point, the locality team or the individual worker)."),
  ],
};
