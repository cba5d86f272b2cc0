import type { SimulatedMessage } from "./simulatedItem";

/** The message the preview opens with: a typical Known Persons Check, with the usual mistakes. */
export const SAMPLE_MESSAGE: SimulatedMessage = {
  subject: "KPC request for John Smith DOB 12/03/1985",
  to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" }],
  cc: [{ displayName: "Sam Jones", emailAddress: "sam.jones@gmail.com" }],
  body:
    "Hello,\n\nPlease can you complete a Known Persons Check for John Smith (DOB 12/03/1985) of " +
    "22 Station Street, Chesterfield S40 1AA.\n\nThanks",
  attachments: [{ name: "risk-assessment.docx", size: 48213, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }],
};
