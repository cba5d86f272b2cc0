/**
 * Pieces every template shares: the partner groups, the lawful-basis lines and the fields for the
 * case reference and the sender's contact details. Wording comes from the agreement texts in
 * ../shared/agreements (the Derbyshire summary prints no lawful basis, so those lines cite the LLR
 * safeguarding agreement whose channel rules the Derbyshire data already applies).
 */
import type { TemplateField } from "../types";

export const PROBATION = ["nps", "dlnr-crc"];
export const CHILDRENS_SERVICES = ["derbyshire-cs", "derby-city-cs"];

/** LLR agreement, Appendix B (legal table) and 2.1 ("legal obligation" or "public task"). */
const GDPR_BASIS =
  "UK GDPR Article 6(1)(c) legal obligation and 6(1)(e) public task; criminal offence data under Article 10 with DPA 2018 section 10(5) and Schedule 1 (safeguarding of children and of individuals at risk)";

/** The statutory gateways LLR agreement 1.4 lists for sharing about children. */
export const LAWFUL_BASIS_SAFEGUARDING = `${GDPR_BASIS}. Gateways: Children Act 2004 s11; Crime and Disorder Act 1998 s115 (LLR agreement 1.4 and Appendix B).`;

/** Strategy meetings and conferences follow Section 47 enquiries (the summary's own words). */
export const LAWFUL_BASIS_SECTION_47 = `${GDPR_BASIS}. Gateways: Children Act 1989 s47 (child protection enquiries); Children Act 2004 s11 (LLR agreement 1.4 and Appendix B).`;

export function caseReferenceField(help: string): TemplateField {
  return {
    id: "caseReference",
    label: "Case reference",
    type: "reference",
    required: true,
    help: `${help} The subject line carries only this reference, never a name (LLR agreement, Appendix A: no personal data in the subject).`,
  };
}

/** Name, telephone and secure e-mail of the sender, so the recipient can reply or call back. */
export function contactFields(role: string, help: string): TemplateField[] {
  return [
    { id: "contactName", label: `${role} name`, type: "text", required: true, help },
    { id: "contactPhone", label: `${role} telephone`, type: "phone", required: false, help: "For urgent contact: the summary has urgent matters handled by telephone." },
    {
      id: "contactEmail",
      label: `${role} secure e-mail`,
      type: "email",
      required: true,
      help: "Replies go back to the requester by secure e-mail (\"responses to be sent back to requester\").",
    },
  ];
}
