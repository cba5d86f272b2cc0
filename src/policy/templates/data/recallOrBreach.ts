import { changeOfCircumstances } from "./changeOfCircumstances";

export const recallOrBreach = changeOfCircumstances({
  id: "recall-or-breach",
  name: "Change of circumstances: recall or return to court for breach",
  subjectTitle: "Change of Circumstances (recall or breach)",
  timescale: "In a timely manner",
  fields: [
    {
      id: "event",
      label: "What has happened",
      type: "radio",
      required: true,
      help: "\"A recall or return to court for breach (or earlier concern over non-compliance).\"",
      options: [
        { value: "recall", label: "Recall to custody" },
        { value: "breach", label: "Return to court for breach" },
        { value: "non-compliance", label: "Concern over non-compliance" },
      ],
    },
    { id: "eventDate", label: "Date", type: "date", required: true, help: "When the recall, breach or concern arose." },
    { id: "details", label: "Details", type: "textarea", required: true, help: "What children's services need to know for the safety and well-being of children." },
  ],
});
