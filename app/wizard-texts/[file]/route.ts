import { wizardTextsAsset } from '@/server/serving/wizard-texts-asset';

// Built once: the file's name is the hash of its bytes, so any other name is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: wizardTextsAsset().file }];
}

export function GET() {
  return new Response(wizardTextsAsset().body, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    },
  });
}
