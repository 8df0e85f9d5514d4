// The Zendesk App Framework SDK from npm (CommonJS source), bundled by
// scripts/zendesk-package.mjs into assets/zaf_sdk.min.js: the app loads nothing from a CDN.
import ZAFClient from 'zendesk_app_framework_sdk';

(window as unknown as { ZAFClient: unknown }).ZAFClient = ZAFClient;
