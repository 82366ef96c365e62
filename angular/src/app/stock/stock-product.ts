/** The whole warehouse list: the screens pick from it. */
export const ALL_WAREHOUSES = { maxResultCount: 1000 };
