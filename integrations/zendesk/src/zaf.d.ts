/** The part of the Zendesk App Framework client this app uses (SDK 2.0). */
type ZafClient = {
  metadata(): Promise<{ settings?: Record<string, unknown> }>;
  get(paths: string | string[]): Promise<Record<string, unknown>>;
  set(path: string, value: unknown): Promise<unknown>;
  invoke(action: string, ...args: unknown[]): Promise<unknown>;
};

declare module 'zendesk_app_framework_sdk' {
  const ZAFClient: { init(): ZafClient | false };
  export default ZAFClient;
}

interface Window {
  ZAFClient?: { init(): ZafClient | false };
}
