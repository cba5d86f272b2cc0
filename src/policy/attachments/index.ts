/** Public surface: whether an attachment is encrypted, from its bytes. */
export { detectEncryption } from "./detectEncryption";
export type { ContainerFormat, EncryptionResult, EncryptionStatus } from "./types";
