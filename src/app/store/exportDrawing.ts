import { create } from 'zustand';

/** Whether every chart on the page must draw all its marks in SVG right now. */
export interface ExportDrawing {
  /** True only while an export reads the charts: the canvas used for dense views is turned off. */
  allSvg: boolean;
}

/**
 * Set for the moment an export copies the charts on screen (comparison panes included), so a
 * vector file gets every mark even where the screen paints them on a canvas.
 */
export const useExportDrawing = create<ExportDrawing>(() => ({ allSvg: false }));
