/**
 * Connects the pane to an Office-like host (real Office, or the preview's simulated one): the
 * current item — replaced on ItemChanged when the pane is pinned —, the signed-in user and the
 * theme.
 */
import { useEffect, useState } from "react";
import type { ComposeItem } from "../outlook/composeItem";
import type { AsyncCallback } from "../outlook/officeAsync";
import { TaskPane, type TaskPaneProps } from "./TaskPane";
import { isDarkTheme, type OfficeThemeLike } from "./theme";

// Office.EventType.ItemChanged by value (defined only once a host script has loaded).
const ITEM_CHANGED = "olkItemChanged";

export interface OfficeHostLike {
  context?: {
    mailbox?: {
      item?: unknown;
      userProfile?: { emailAddress?: string; displayName?: string };
      addHandlerAsync?(eventType: string, handler: (args: unknown) => void, callback?: AsyncCallback<void>): void;
      removeHandlerAsync?(eventType: string, callback?: AsyncCallback<void>): void;
    } | null;
    officeTheme?: OfficeThemeLike;
  };
}

function composeItemOf(office: OfficeHostLike): ComposeItem | null {
  const item = office.context?.mailbox?.item as ComposeItem | undefined;
  // A read item has no subject.setAsync... but the pane only runs in compose, where getAsync exists.
  return item && item.subject && typeof item.subject.getAsync === "function" ? item : null;
}

export function PaneHost({ office, dark, ...rest }: { office: OfficeHostLike; dark?: boolean } & Omit<TaskPaneProps, "item" | "sender" | "senderName" | "dark">) {
  const [item, setItem] = useState<ComposeItem | null>(() => composeItemOf(office));
  // Each message gets a fresh pane (form values, notices), as a newly opened pane would be.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const mailbox = office.context?.mailbox;
    if (!mailbox || typeof mailbox.addHandlerAsync !== "function") return undefined;
    try {
      mailbox.addHandlerAsync(ITEM_CHANGED, () => {
        setItem(composeItemOf(office));
        setGeneration((g) => g + 1);
      });
    } catch {
      return undefined; // an unpinnable pane: the item never changes under it
    }
    return () => {
      try {
        if (typeof mailbox.removeHandlerAsync === "function") mailbox.removeHandlerAsync(ITEM_CHANGED);
      } catch {
        // nothing to undo
      }
    };
  }, [office]);

  const profile = office.context?.mailbox?.userProfile;
  const sender = profile?.emailAddress;
  const senderName = profile?.displayName;
  return <TaskPane key={generation} item={item} dark={dark ?? isDarkTheme(office.context?.officeTheme)} {...(sender ? { sender } : {})} {...(senderName ? { senderName } : {})} {...rest} />;
}
