/** The sharing record as a definition list: screen readers announce each term with its value. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RecordLine } from "./model/recordView";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  values: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function RecordList({ lines }: { lines: readonly RecordLine[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list} data-testid="record">
      {lines.map((line) => (
        <div key={line.term} style={{ display: "contents" }}>
          <dt className={styles.term}>{line.term}</dt>
          <dd className={styles.value}>
            {line.values.length === 1 ? (
              line.values[0]
            ) : (
              <ul className={styles.values}>
                {line.values.map((v, i) => (
                  <li key={i}>{v}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
