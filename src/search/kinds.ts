/** The kinds of page search results are labelled and filtered by (data-pagefind-filter="kind:…"). */
export const SEARCH_KINDS = ['课程模块', '术语', '政策文件', '培训安排'] as const;
