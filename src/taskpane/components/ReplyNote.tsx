/**
 * One quiet line on a reply or forward: the recipients who were not on the message being
 * answered (read from its quoted header: src/policy/reply). Information only; the finding, when
 * there is one (case data to an added recipient off the agreement's routes), is with the others.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReplyContext } from "../../policy/rules/types";

const useStyles = makeStyles({ note: { color: tokens.colorNeutralForeground3 } });

export function ReplyNote({ reply }: { reply: ReplyContext | undefined }) {
  const styles = useStyles();
  if (!reply || reply.added.length === 0) return null;
  const what = reply.composeType === "forward" ? "this forward" : "this reply";
  const answered = reply.composeType === "forward" ? "the message being forwarded" : "the message you are replying to";
  const names = reply.added.map((r) => r.recipient.address).join(", ");
  return (
    <Caption1 as="p" className={styles.note} data-testid="reply-added">
      Added to {what}: {names} (not on {answered}).
    </Caption1>
  );
}
