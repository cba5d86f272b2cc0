import { changeOfCircumstances } from "./changeOfCircumstances";

export const sentenceCompletion = changeOfCircumstances({
  id: "sentence-completion",
  name: "Change of circumstances: completion of sentence",
  subjectTitle: "Change of Circumstances (sentence completion)",
  timescale: "In a timely manner",
  fields: [
    { id: "completionDate", label: "Date the sentence ends", type: "date", required: true, help: "\"Completion of a sentence.\"" },
    { id: "notes", label: "Notes", type: "textarea", required: false, help: "Anything relevant to the safety and well-being of children after supervision ends." },
  ],
});
