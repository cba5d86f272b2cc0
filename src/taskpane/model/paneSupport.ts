/** Which optional Office features the pane may use, from Office.context.requirements: each new
 * call is feature-detected, so a Mailbox 1.12 client sees the pane as before. */
export interface PaneSupport {
  /** Mailbox 1.10: item.getComposeTypeAsync (replies and forwards). */
  composeType: boolean;
  /** Mailbox 1.8: item.getInitializationContextAsync ("Fix in SafeShare" opens at a finding). */
  initializationContext: boolean;
  /** Mailbox 1.15: InitializationContextChanged, raised instead of relaunching an open pane. */
  contextChanged: boolean;
}

export const NO_PANE_SUPPORT: PaneSupport = { composeType: false, initializationContext: false, contextChanged: false };

export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string | number): boolean;
}

export function paneSupportOf(requirements: RequirementsLike | null | undefined): PaneSupport {
  if (!requirements || typeof requirements.isSetSupported !== "function") return NO_PANE_SUPPORT;
  const has = (version: string): boolean => {
    try {
      return requirements.isSetSupported("Mailbox", version) === true;
    } catch {
      return false;
    }
  };
  return { composeType: has("1.10"), initializationContext: has("1.8"), contextChanged: has("1.15") };
}
