/** Findings the user dismissed for this message, with the reason and an undo. */
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndo16Regular } from "@fluentui/react-icons";
import type { Report } from "../../policy/check";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export function DismissedList({ dismissed, onUndo, busy }: { dismissed: Report["dismissed"]; onUndo(findingId: string): void; busy: boolean }) {
  const styles = useStyles();
  if (dismissed.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="dismissed-heading">
      <Subtitle2 as="h2" id="dismissed-heading">
        Dismissed ({dismissed.length})
      </Subtitle2>
      <ul className={styles.list}>
        {dismissed.map(({ finding, reason }) => (
          <li key={finding.id} className={styles.row} data-testid="dismissed">
            <Body1>{finding.message}</Body1>
            <Caption1>Reason: {reason}</Caption1>
            <div>
              <Button size="small" icon={<ArrowUndo16Regular />} disabled={busy} onClick={() => onUndo(finding.id)} aria-label={`Undo dismissal: ${finding.message}`}>
                Undo
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
