/** The text-size control on every page, remembered across visits (applied before paint by Base.astro). */

const SIZE_KEY = 'handbook-text-size';
const html = document.documentElement;

function setupTextSize(): void {
  const group = document.querySelector<HTMLElement>('.text-size');
  if (!group) return;
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-size]')];
  const apply = (size: string) => {
    if (size === 'normal') delete html.dataset.textSize;
    else html.dataset.textSize = size;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.size === size));
  };
  apply(html.dataset.textSize ?? 'normal');
  for (const b of buttons) {
    b.addEventListener('click', () => {
      apply(b.dataset.size!);
      try {
        localStorage.setItem(SIZE_KEY, b.dataset.size!);
      } catch {
        // Private browsing: the choice lasts for this page only.
      }
    });
  }
  group.hidden = false;
}

setupTextSize();
