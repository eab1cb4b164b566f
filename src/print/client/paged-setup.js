// Runs in the browser before Paged.js (page.addInitScript in src/print/pdf.ts).
// Configures Paged.js and adds the rules of book-making it does not enforce itself.
// Paged.js breaks a page wherever the text overflows; it honours `break-after: avoid`
// only when the next block starts below the page, knows no orphans or widows, leaves
// an empty fragment of a box whose first line moves on, and does not repeat table
// headers. So when it proposes a break, BookBreaks moves it earlier if the page would
// otherwise end with a heading (or a heading and a single line), with the empty start
// of a box, with a paragraph's first line alone (orphan) or a table's header and one
// row, or leave a paragraph's last line or a table's last row alone overleaf (widow);
// RepeatTableHeaders repeats a split table's header row.
(() => {
  const TEXT_BLOCK = 'p, li, dd, dt, blockquote, figcaption';
  /** A page break never leaves fewer lines than this of a block on either side. */
  const MIN_LINES = 2;

  /** Number of text lines a range covers, clustering boxes whose tops are close. */
  function lineCount(range) {
    const tops = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => r.top).sort((a, b) => a - b);
    let lines = 0;
    let last = -Infinity;
    for (const top of tops) {
      if (top - last > 4) lines += 1;
      last = top;
    }
    return lines;
  }

  function rangeBetween(startNode, startOffset, endNode, endOffset) {
    const r = document.createRange();
    r.setStart(startNode, startOffset);
    r.setEnd(endNode, endOffset);
    return r;
  }

  /** The element the boundary point sits in or just before. */
  function elementAt(container, offset) {
    if (container.nodeType === Node.TEXT_NODE) return container.parentElement;
    const child = container.childNodes[offset];
    return child?.nodeType === Node.ELEMENT_NODE ? child : container;
  }

  /** The last heading that ends before the boundary point, inside root. */
  function headingBefore(point, root) {
    let last;
    for (const h of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      if (point.comparePoint(h, h.childNodes.length) === -1) last = h;
    }
    return last;
  }

  /** From a heading to the outermost block it opens (a .box or section starting with it). */
  function openingBlock(el, root) {
    let block = el;
    while (block.parentElement && block.parentElement !== root) {
      const first = [...block.parentElement.childNodes].find((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent.trim());
      if (first !== block) break;
      block = block.parentElement;
    }
    return block;
  }

  /** The boundary point right after the last character of the line before `lineTop`. */
  function startOfLastLine(block, point) {
    const before = rangeBetween(block, 0, point.startContainer, point.startOffset);
    const texts = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (before.intersectsNode(walker.currentNode)) texts.push(walker.currentNode);
    const probe = document.createRange();
    let lineTop;
    for (let t = texts.length - 1; t >= 0; t--) {
      const node = texts[t];
      const end = node === point.startContainer ? point.startOffset : node.length;
      for (let i = end - 1; i >= 0; i--) {
        probe.setStart(node, i);
        probe.setEnd(node, i + 1);
        const rect = probe.getClientRects()[0];
        if (!rect || !node.data[i].trim()) continue;
        if (lineTop === undefined) lineTop = rect.top;
        else if (rect.top < lineTop - 4) return { node, offset: i + 1 };
      }
    }
    return undefined;
  }

  /**
   * The element a break falls at the very start of, if any. Paged.js would leave an empty
   * fragment of it (and of the boxes it opens) on this page: an empty bordered box at the
   * foot, and an id whose page number is one page too early.
   */
  function elementStartingAt(point) {
    const { startContainer: c, startOffset: o } = point;
    if (c.nodeType === Node.TEXT_NODE) {
      return rangeBetween(c.parentElement, 0, c, o).toString().trim() ? undefined : c.parentElement;
    }
    const child = c.childNodes[o];
    if (child?.nodeType === Node.ELEMENT_NODE) return child;
    return rangeBetween(c, 0, c, o).toString().trim() ? undefined : c;
  }

  /** One adjustment of the break point, or undefined when it is already a good one. */
  function improve(start, rendered, source) {
    const starting = elementStartingAt(start);
    if (starting && starting !== rendered && rendered.contains(starting)) {
      const outer = openingBlock(starting, rendered);
      if (outer !== starting) return { before: outer };
    }
    // A heading (and what it opens) may not end the page, nor stand above a single line.
    const heading = headingBefore(start, rendered);
    if (heading) {
      const under = rangeBetween(heading, heading.childNodes.length, start.startContainer, start.startOffset);
      if (lineCount(under) < MIN_LINES) return { before: openingBlock(heading, rendered) };
    }
    // A table keeps its header and two rows together, and sends at least two rows overleaf.
    const table = elementAt(start.startContainer, start.startOffset).closest('table');
    if (table && rendered.contains(table)) {
      const rows = [...table.querySelectorAll(':scope > tbody > tr, :scope > tr')];
      const here = rows.filter((tr) => start.comparePoint(tr, 0) === -1 && !tr.contains(start.startContainer));
      const continued = table.hasAttribute('data-split-from');
      if (!continued && here.length < MIN_LINES) return { before: openingBlock(table.closest('.table-wrap') ?? table, rendered) };
      // Rows still to come, counted in the source: not all of them are rendered yet.
      const last = here.at(-1) && source.querySelector(`[data-ref="${here.at(-1).dataset.ref}"]`);
      let overleaf = 0;
      for (let tr = last?.nextElementSibling; tr; tr = tr.nextElementSibling) overleaf += 1;
      if (overleaf > 0 && overleaf < MIN_LINES && here.length > MIN_LINES) return { before: here.at(-1) };
      return undefined;
    }
    const block = elementAt(start.startContainer, start.startOffset).closest(TEXT_BLOCK);
    if (!block || !rendered.contains(block)) return undefined;
    const onThisPage = lineCount(rangeBetween(block, 0, start.startContainer, start.startOffset));
    if (onThisPage === 0) return undefined;
    const overleaf = lineCount(rangeBetween(start.startContainer, start.startOffset, block, block.childNodes.length));
    if (onThisPage < MIN_LINES) return { before: openingBlock(block, rendered) };
    if (overleaf > 0 && overleaf < MIN_LINES) {
      if (onThisPage - 1 < MIN_LINES) return { before: openingBlock(block, rendered) };
      const point = startOfLastLine(block, start);
      if (point) return { at: point };
    }
    return undefined;
  }

  function register() {
    const { Handler, registerHandlers } = window.Paged;
    class BookBreaks extends Handler {
      onOverflow(overflow, rendered) {
        if (!overflow) return undefined;
        let moved;
        for (let step = 0; step < 8; step++) {
          const current = moved ?? overflow;
          const change = improve(current, rendered, this.chunker.source);
          if (!change) break;
          const next = current.cloneRange();
          if (change.before) next.setStartBefore(change.before);
          else next.setStart(change.at.node, change.at.offset);
          // Something must stay on this page, or the break would loop forever.
          if (!rangeBetween(rendered, 0, next.startContainer, next.startOffset).toString().trim()) break;
          moved = next;
        }
        return moved;
      }
    }
    // A table continued overleaf repeats its header row (Paged.js does not). Done in the
    // layout hook, before Paged.js measures the page, so the repeated header is counted.
    class RepeatTableHeaders extends Handler {
      layout(wrapper) {
        for (const table of wrapper.querySelectorAll('table[data-split-from]')) {
          if (table.querySelector(':scope > thead')) continue;
          const head = this.chunker.pagesArea.querySelector(`table[data-ref="${table.dataset.splitFrom}"] > thead`);
          if (head) table.prepend(head.cloneNode(true));
        }
      }
    }
    registerHandlers(BookBreaks, RepeatTableHeaders);
  }

  /** After pagination: what a printer would reject, page by page, in Chinese. */
  window.handbookLayoutProblems = () => {
    const found = [];
    for (const [i, page] of document.querySelectorAll('.pagedjs_page').entries()) {
      const area = page.querySelector('.pagedjs_page_content');
      const box = area.getBoundingClientRect();
      for (const el of area.querySelectorAll('table, pre, img, svg, .qr')) {
        const r = el.getBoundingClientRect();
        const out = Math.max(r.right - box.right, box.left - r.left);
        if (out > 1) found.push(`第 ${i + 1} 页：${el.tagName.toLowerCase()} 超出版心 ${Math.round(out)}px`);
      }
      // The last thing on a page must not be a heading: what it heads is overleaf.
      const flow = [...area.querySelectorAll('h1, h2, h3, h4, p, li, tr, dt, dd, figure')].filter((el) => el.getClientRects().length);
      const last = flow.at(-1);
      if (last && /^H[1-4]$/.test(last.tagName)) found.push(`第 ${i + 1} 页：标题“${last.textContent.trim()}”落在页脚`);
    }
    return found;
  };

  window.PagedConfig = {
    auto: true,
    before: register,
    after: (flow) => {
      window.__paged = { pages: flow.total };
    },
  };
})();
