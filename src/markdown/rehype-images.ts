import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { imageSize } from 'image-size';
import { visit } from 'unist-util-visit';
import { baseRoot } from '../routes/paths.ts';

/**
 * Content images load late and keep their place: each <img> gets loading="lazy" and
 * decoding="async" (a phone on a slow line reads the text first), and images from
 * public/images/ get their real width and height, so the page does not jump as they arrive.
 */
export interface ImageOptions {
  base: string;
  publicDir: string;
  /** Width and height of a file, or undefined when it cannot be read (the checker reports it). */
  dimensionsOf?: (file: string) => { width: number; height: number } | undefined;
}

function readDimensions(file: string) {
  try {
    const { width, height } = imageSize(readFileSync(file));
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

export default function rehypeImages({ base, publicDir, dimensionsOf = readDimensions }: ImageOptions) {
  const root = baseRoot(base);
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      const props = node.properties;
      props.loading ??= 'lazy';
      props.decoding ??= 'async';
      const src = typeof props.src === 'string' ? props.src : '';
      if (!src.startsWith(root) || props.width || props.height) return;
      const size = dimensionsOf(path.join(publicDir, decodeURIComponent(src.slice(root.length))));
      if (size) Object.assign(props, size);
    });
  };
}
