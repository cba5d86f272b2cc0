import { changeOfCircumstances } from "./changeOfCircumstances";

export const changeInRisk = changeOfCircumstances({
  id: "change-in-risk",
  name: "Change of circumstances: risk assessment or Risk Management Plan",
  subjectTitle: "Change of Circumstances (risk assessment)",
  timescale: "In a timely manner",
  fields: [
    { id: "assessmentDate", label: "Date of the new assessment", type: "date", required: true, help: "\"A change in risk assessment.\"" },
    { id: "changeInRisk", label: "Change in risk assessment", type: "textarea", required: true, help: "\"A change in risk assessment and any relevant adjustments to the Risk Management Plan.\"" },
    { id: "riskManagementPlan", label: "Adjustments to the Risk Management Plan", type: "textarea", required: false, help: "\"Any relevant adjustments to the Risk Management Plan.\"" },
  ],
});
