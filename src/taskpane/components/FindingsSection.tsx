/** Findings grouped by where they are, worst first. */
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../policy/rules/types";
import type { Snapshot } from "../../policy/snapshot";
import { groupFindings } from "../model/findingGroups";
import { FindingCard, type FindingActions } from "./FindingCard";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function FindingsSection({ findings, snapshot, actions, focusedId }: { findings: Finding[]; snapshot: Snapshot; actions: FindingActions; focusedId?: string | undefined }) {
  const styles = useStyles();
  const groups = groupFindings(findings);
  return (
    <section className={styles.section} aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading">
        Findings ({findings.length})
      </Subtitle2>
      {groups.length === 0 && <Body1>Nothing to fix.</Body1>}
      {groups.map((g) => (
        <section key={g.place} className={styles.group} aria-labelledby={`group-${g.place}`} data-testid={`group-${g.place}`}>
          <h3 id={`group-${g.place}`} className={styles.groupTitle}>
            {g.title} ({g.findings.length})
          </h3>
          <ul className={styles.list}>
            {g.findings.map((f) => (
              <FindingCard key={f.id} finding={f} snapshot={snapshot} actions={actions} focused={f.id === focusedId} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
