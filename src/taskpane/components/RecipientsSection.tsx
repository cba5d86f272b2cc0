/** Each recipient with its class under the agreement: badge (icon, colour and text) and details. */
import { Badge, Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckedRecipient } from "../../policy/rules/types";
import { recipientView, type RecipientBadge } from "../model/recipientBadge";
import { RecipientBadgeIcon } from "./RecipientBadgeIcon";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  address: { overflowWrap: "anywhere" },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  suggested: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

const FIELD_LABEL = { to: "To", cc: "Cc", bcc: "Bcc" } as const;

function ClassBadge({ badge }: { badge: RecipientBadge }) {
  return (
    <Badge appearance="tint" color={badge.tone} icon={<RecipientBadgeIcon icon={badge.icon} />}>
      {badge.text}
    </Badge>
  );
}

function RecipientRow({ checked }: { checked: CheckedRecipient }) {
  const styles = useStyles();
  const view = recipientView(checked.class);
  const { name, address } = checked.recipient;
  return (
    <li className={styles.row} data-testid="recipient" data-class={checked.class.kind}>
      <div className={styles.line}>
        <Badge appearance="outline" color="informative" aria-label={`${FIELD_LABEL[checked.field]} recipient`}>
          {FIELD_LABEL[checked.field]}
        </Badge>
        <Body1 className={styles.address}>{name && name !== address ? `${name} <${address}>` : address}</Body1>
      </div>
      <div className={styles.line}>
        <ClassBadge badge={view.badge} />
        {view.alsoBadges.map((b) => (
          <ClassBadge key={b.text} badge={b} />
        ))}
      </div>
      {view.details.map((d, i) =>
        view.suggested && d.endsWith(view.suggested) ? (
          <Caption1 key={i} className={styles.suggested}>
            {d}
          </Caption1>
        ) : (
          <Caption1 key={i} className={styles.detail}>
            {d}
          </Caption1>
        ),
      )}
    </li>
  );
}

export function RecipientsSection({ recipients }: { recipients: CheckedRecipient[] }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="recipients-heading">
      <Subtitle2 as="h2" id="recipients-heading">
        Recipients ({recipients.length})
      </Subtitle2>
      {recipients.length === 0 ? (
        <Body1>No recipients yet.</Body1>
      ) : (
        <ul className={styles.list}>
          {recipients.map((r, i) => (
            <RecipientRow key={`${r.field}-${i}-${r.recipient.address}`} checked={r} />
          ))}
        </ul>
      )}
    </section>
  );
}
