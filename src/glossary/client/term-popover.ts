/**
 * Term preview: a term link shows its items on hover, on keyboard focus and on a first tap
 * (a second tap, or the link inside the preview, opens the term page). Esc closes it.
 * The preview is the link's description (aria-describedby), so screen readers announce it.
 */

const popover = document.createElement('div');
popover.id = 'term-popover';
popover.setAttribute('role', 'tooltip');
popover.hidden = true;
document.body.append(popover);

let current: HTMLAnchorElement | null = null;
let lastPointer = 'mouse';
/** Whether the tapped link's preview was already open before this tap (focus opens it too). */
let previewWasOpen = false;
let hideTimer: number | undefined;

function place(link: HTMLAnchorElement) {
  const rect = link.getBoundingClientRect();
  const width = Math.min(popover.offsetWidth, document.documentElement.clientWidth - 16);
  const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
  popover.style.left = `${left + window.scrollX}px`;
  popover.style.top = `${rect.bottom + window.scrollY + 6}px`;
}

function show(link: HTMLAnchorElement) {
  const template = document.getElementById(`term-preview-${link.dataset.term}`) as HTMLTemplateElement | null;
  if (!template) return;
  window.clearTimeout(hideTimer);
  if (current && current !== link) current.removeAttribute('aria-describedby');
  popover.replaceChildren(template.content.cloneNode(true));
  popover.hidden = false;
  link.setAttribute('aria-describedby', popover.id);
  current = link;
  place(link);
}

function hide() {
  popover.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = null;
}

const termLinkOf = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest('a.term-link') as HTMLAnchorElement | null) : null;

document.addEventListener('pointerdown', (e) => {
  lastPointer = e.pointerType;
  const link = termLinkOf(e.target);
  previewWasOpen = link !== null && link === current && !popover.hidden;
  if (!link && !popover.contains(e.target as Node)) hide();
});
document.addEventListener('pointerover', (e) => {
  const link = termLinkOf(e.target);
  if (link && e.pointerType === 'mouse') show(link);
});
document.addEventListener('pointerout', (e) => {
  const leaving = termLinkOf(e.target) ?? (popover.contains(e.target as Node) ? popover : null);
  const entering = e.relatedTarget as Node | null;
  if (!leaving || e.pointerType !== 'mouse' || (entering && (popover.contains(entering) || termLinkOf(entering) === current))) return;
  hideTimer = window.setTimeout(hide, 200);
});
document.addEventListener('focusin', (e) => {
  const link = termLinkOf(e.target);
  if (link) show(link);
  else if (!popover.contains(e.target as Node)) hide();
});
document.addEventListener('click', (e) => {
  const link = termLinkOf(e.target);
  if (!link || lastPointer === 'mouse') return;
  // First tap previews; a tap on the same term while its preview is open follows the link.
  if (!previewWasOpen) {
    e.preventDefault();
    show(link);
  }
});
document.addEventListener('keydown', (e) => {
  // Focus stays where it is, on the link when the preview came from keyboard focus.
  if (e.key === 'Escape' && !popover.hidden) hide();
});
