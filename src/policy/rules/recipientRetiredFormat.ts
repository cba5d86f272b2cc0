import { findClass } from "../recipients/types";
import { recipientRule } from "./recipientRule";

export const recipientRetiredFormat = recipientRule({
  id: "recipient-retired-format",
  defaultSeverity: "warn",
  fixes: ["replace-recipient"],
  // Retired secure-email formats (GSi, GSX, GSE, GCSx, PNN) no longer carry mail securely, if at all.
  description: "retired e-mail format",
  clause: "police-nhs-conventions",
  needsAgreement: false,
  judge(checked) {
    const retired = findClass(checked.class, "retired-format");
    if (!retired) return null;
    const address = checked.recipient.address;
    const current = retired.currentAddress;
    return {
      message: `${address} uses a retired address format (${retired.detail}).${current ? ` Use ${current} instead.` : ""}`,
      ...(current ? { fix: { type: "replace-recipient" as const, label: `Use ${current}`, address, replacement: current } } : {}),
    };
  },
});
