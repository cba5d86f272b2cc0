import { changeOfCircumstances } from "./changeOfCircumstances";

export const changeOfAddress = changeOfCircumstances({
  id: "change-of-address",
  name: "Change of circumstances: change of address",
  subjectTitle: "Change of Circumstances (address)",
  timescale: "Before the move where possible",
  fields: [
    { id: "moveDate", label: "Date of the move", type: "date", required: true, help: "\"Communication should commence prior to any move where possible.\"" },
    { id: "newAddress", label: "New address", type: "textarea", required: true, help: "\"A change in address.\"" },
    { id: "previousAddress", label: "Previous address", type: "textarea", required: false, help: "So children's services can match their records." },
    { id: "household", label: "Children or adults at the new address", type: "textarea", required: false, help: "Relevant to the safety and well-being of children." },
  ],
});
