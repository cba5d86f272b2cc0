/**
 * The part of the `Office` global the event handlers read. Outlook's real Office satisfies it,
 * and so does the preview's simulated Office (src/preview/simulatedOffice.ts), which is how the
 * preview page's Send button and the tests run the same handler code.
 */
import type { ComposeItem } from "../outlook/composeItem";
import type { SensitivityLabelsCatalogLike } from "../outlook/sensitivityLabels";

export interface OfficeLike {
  context: {
    mailbox: {
      item: ComposeItem | null | undefined;
      userProfile?: { emailAddress?: string; displayName?: string } | null;
    };
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    /** Mailbox 1.13, where the tenant uses sensitivity labels. */
    sensitivityLabelsCatalog?: SensitivityLabelsCatalogLike | null;
  };
}

/** What Outlook passes to an event handler; SafeShare only ever completes it. */
export interface CompletableEvent {
  completed(options?: Office.SmartAlertsEventCompletedOptions): void;
}
