/**
 * "What is this for?": one optional click records the message's purpose (an exchange of the
 * agreement, with its purpose text). Choosing also sets the message's exchange, as inserting its
 * template does, so the route checks apply. Once chosen it shrinks to one line with Change.
 */
import { useState } from "react";
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { PurposeChoice } from "../model/purposeChoices";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  purpose: { color: tokens.colorNeutralForeground2 },
  chosen: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface PurposeSectionProps {
  choices: PurposeChoice[];
  /** The exchange id of the purpose already chosen for this message. */
  chosen?: string | undefined;
  onChoose(choice: PurposeChoice): void;
  busy: boolean;
}

export function PurposeSection({ choices, chosen, onChoose, busy }: PurposeSectionProps) {
  const styles = useStyles();
  const [changing, setChanging] = useState(false);
  if (choices.length === 0) return null;
  const current = choices.find((c) => c.exchangeId === chosen);
  return (
    <section className={styles.section} aria-labelledby="purpose-heading" data-testid="purpose">
      <Subtitle2 as="h2" id="purpose-heading">
        What is this for?
      </Subtitle2>
      {current && !changing ? (
        <>
          <div className={styles.chosen}>
            <Body1 data-testid="purpose-chosen">{current.name}</Body1>
            <Button size="small" appearance="subtle" disabled={busy} onClick={() => setChanging(true)} aria-label={`Change the purpose (now ${current.name})`}>
              Change
            </Button>
          </div>
          <Caption1 className={styles.purpose}>{current.purpose}</Caption1>
        </>
      ) : (
        <>
          <Caption1>Optional. The purpose you choose is kept with the message and in its sharing record, and sets the exchange the agreement&apos;s routes are checked for.</Caption1>
          <ul className={styles.list}>
            {choices.map((c) => (
              <li key={c.exchangeId} className={styles.item}>
                <Button
                  size="small"
                  appearance={c.exchangeId === chosen ? "primary" : "secondary"}
                  aria-pressed={c.exchangeId === chosen}
                  aria-describedby={`purpose-${c.exchangeId}`}
                  disabled={busy}
                  onClick={() => {
                    setChanging(false);
                    onChoose(c);
                  }}
                >
                  {c.name}
                </Button>
                <Caption1 id={`purpose-${c.exchangeId}`} className={styles.purpose}>
                  {c.purpose}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
