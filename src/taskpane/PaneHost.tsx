/**
 * Connects the pane to an Office-like host (real Office, or the preview's simulated one): the
 * current item — replaced on ItemChanged when the pane is pinned —, the signed-in user and the
 * theme.
 */
import { useEffect, useMemo, useState } from "react";
import type { ComposeItem } from "../outlook/composeItem";
import { composeItemOf, onItemChanged, type MailboxLike } from "../outlook/events";
import { TaskPane, type TaskPaneProps } from "./TaskPane";
import { paneSupportOf, type RequirementsLike } from "./model/paneSupport";
import type { SensitivityLabelsCatalogLike } from "../outlook/sensitivityLabels";
import { isDarkTheme, type OfficeThemeLike } from "./theme";
import { readItemOf, type ReadItem, type ReadMailboxLike } from "../outlook/readItem";
import { ReadModePane } from "./read/ReadModePane";

export interface OfficeHostLike {
  context?: {
    mailbox?: MailboxLike | null;
    officeTheme?: OfficeThemeLike;
    /** Office.context.requirements: which optional calls the pane may make. */
    requirements?: RequirementsLike;
    /** Office.context.sensitivityLabelsCatalog (Mailbox 1.13). */
    sensitivityLabelsCatalog?: SensitivityLabelsCatalogLike | null;
  };
}

export function PaneHost({ office, dark, ...rest }: { office: OfficeHostLike; dark?: boolean } & Omit<TaskPaneProps, "item" | "sender" | "senderName" | "dark" | "support">) {
  const [item, setItem] = useState<ComposeItem | null>(() => composeItemOf(office.context?.mailbox));
  // A sent or received message open for reading gets the read-mode pane (its sharing record).
  const [readItem, setReadItem] = useState<ReadItem | null>(() => readItemOf(office.context?.mailbox));
  // Each message gets a fresh pane (form values, notices), as a newly opened pane would be.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const mailbox = office.context?.mailbox;
    return onItemChanged(mailbox, () => {
      setItem(composeItemOf(mailbox));
      setReadItem(readItemOf(mailbox));
      setGeneration((g) => g + 1);
    });
  }, [office]);

  const requirements = office.context?.requirements;
  const support = useMemo(() => paneSupportOf(requirements), [requirements]);
  const profile = office.context?.mailbox?.userProfile;
  const sender = profile?.emailAddress;
  const senderName = profile?.displayName;
  const theme = dark ?? isDarkTheme(office.context?.officeTheme);
  if (readItem && !item) return <ReadModePane key={generation} item={readItem} mailbox={(office.context?.mailbox as ReadMailboxLike | undefined) ?? null} dark={theme} {...(rest.now ? { now: rest.now } : {})} />;
  return <TaskPane key={generation} item={item} support={support} labels={office.context ?? null} dark={dark ?? isDarkTheme(office.context?.officeTheme)} {...(sender ? { sender } : {})} {...(senderName ? { senderName } : {})} {...rest} />;
}
