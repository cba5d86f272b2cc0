/** What detectEncryption tells about one attachment, read from its bytes alone. */
export type EncryptionStatus = "encrypted" | "not-encrypted" | "unknown";

export type ContainerFormat = "zip" | "pdf" | "office-ooxml" | "office-legacy" | "other";

export interface EncryptionResult {
  status: EncryptionStatus;
  format: ContainerFormat;
  /** One plain-English sentence: what was found, or why it could not tell. Never file content. */
  detail: string;
  /**
   * ZIP family only: file entries (folders excluded) and how many are encrypted. A ZIP counts as
   * "encrypted" when any entry is; a caller that wants every file protected compares the two.
   */
  entries?: { total: number; encrypted: number };
}
