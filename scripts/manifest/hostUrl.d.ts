export const DEV_HOST_URL: string;
export function productionHostUrl(env: Record<string, string | undefined>): string;
export function withHostUrl(text: string, hostUrl: string): string;
