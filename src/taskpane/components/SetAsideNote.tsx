/**
 * One quiet line under the findings: what SafeShare read but did not count as case data (your
 * signature, quoted headers, the greeting…), with an expander listing each item and why, so a
 * user can see it was read rather than missed.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { setAsideLabel, setAsideLine, setAsideWhy, type SetAsideGroup } from "../../policy/caseData";

const useStyles = makeStyles({
  details: { color: tokens.colorNeutralForeground3 },
  summary: { cursor: "pointer" },
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function SetAsideNote({ groups }: { groups: readonly SetAsideGroup[] }) {
  const styles = useStyles();
  if (groups.length === 0) return null;
  return (
    <details className={styles.details} data-testid="set-aside">
      <summary className={styles.summary}>
        <Caption1>Set aside: {setAsideLine(groups)}</Caption1>
      </summary>
      <ul className={styles.list}>
        {groups.map((g) => (
          <li key={g.reason}>
            <Caption1>
              <strong>{capitalise(setAsideLabel(g.reason))}</strong> ({g.texts.join("; ")}). {setAsideWhy(g.reason)}
            </Caption1>
          </li>
        ))}
      </ul>
    </details>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
