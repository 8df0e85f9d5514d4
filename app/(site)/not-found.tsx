// Plain links: the 404 page doubles as the benchmark's framework baseline (no client component of ours).
import { Button } from '@/components/ui/button';
import { ui } from '@/content';

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{ui.notFound.title}</h1>
      <p className="mt-3 text-lg">{ui.notFound.body}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <Button href="/">{ui.notFound.home}</Button>
        <Button href="/check" variant="secondary">
          {ui.outcome.startChecklist}
        </Button>
        <Button href="/services" variant="secondary">
          {ui.notFound.services}
        </Button>
      </p>
    </>
  );
}
