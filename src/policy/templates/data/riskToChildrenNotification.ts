import type { Template } from "../types";
import { CHILDRENS_SERVICES, LAWFUL_BASIS_SAFEGUARDING, PROBATION, caseReferenceField, contactFields } from "./common";

/** Derbyshire summary, "Notification that an adult has convictions against a child(ren) to Childrens Social Care (RtCN1 Form)". */
export const riskToChildrenNotification: Template = {
  id: "rtcn1-notification",
  exchangeId: "rtcn1-risk-to-children-notification",
  name: "Risk to Children Notification (RtCN1)",
  subjectTitle: "Risk to Children Notification (RtCN1)",
  kind: "notification",
  direction: { from: PROBATION, to: CHILDRENS_SERVICES },
  purpose:
    "For probation services to inform children's services of any adult subject to statutory supervision who has a current conviction(s) for sexual or violent offences against a child.",
  lawfulBasis: LAWFUL_BASIS_SAFEGUARDING,
  timescale: "Following completion of the initial risk assessment",
  notice: "For information only: this notification is not a referral.",
  clause: "Derbyshire data processing summary: Risk to Children Notification (RtCN1), Purpose, Information to be provided and Process",
  fields: [
    caseReferenceField("Your probation case reference, e.g. the nDelius CRN (X123456)."),
    { id: "offenderName", label: "Name of the offender", type: "text", required: true, help: "\"Name, dob, address of offender.\"" },
    { id: "offenderDateOfBirth", label: "Offender's date of birth", type: "date", required: true, help: "\"Name, dob, address of offender.\"" },
    { id: "offenderAddress", label: "Offender's address", type: "textarea", required: true, help: "\"Name, dob, address of offender.\"" },
    {
      id: "conviction",
      label: "Conviction",
      type: "textarea",
      required: true,
      help: "\"Details of conviction\": the current conviction(s) for sexual or violent offences against a child.",
    },
    { id: "convictionDate", label: "Date of conviction", type: "date", required: true, help: "\"Details of conviction including date and sentence.\"" },
    { id: "sentence", label: "Sentence", type: "text", required: true, help: "\"Details of conviction including date and sentence.\"" },
    {
      id: "riskToIdentifiedChild",
      label: "Risk to an identified child",
      type: "radio",
      required: true,
      help: "\"Confirmation that there is no known risk to an identified child OR that there is and a referral will follow.\" A referral goes by the online referral form, not this notification.",
      options: [
        { value: "no-known-risk", label: "No known risk to an identified child" },
        { value: "referral-will-follow", label: "There is a known risk to an identified child: a referral will follow" },
      ],
    },
    {
      id: "initialRiskAssessmentDate",
      label: "Initial risk assessment completed",
      type: "date",
      required: false,
      help: "The RtCN1 is completed \"following completion of initial risk assessment\".",
    },
    ...contactFields("Case Manager / Offender Manager", "Completed by CRC Case Managers or NPS Offender Managers."),
  ],
};
