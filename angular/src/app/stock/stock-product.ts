import { ProductDto, ValuationMethod } from '../api/models';

/**
 * A Stock product as /api/stock/products answers it. The generated `ProductDto` is Crm's short product (both
 * modules name their record ProductDto and the OpenAPI document keeps one schema), so Stock's own fields are
 * added here until the document names them apart.
 */
export interface StockProductDto extends ProductDto {
  barcode: string | null;
  vatRate: number | string | null;
  category: string | null;
  minQuantity: number | string | null;
  valuationMethod: ValuationMethod;
  isArchived: boolean;
  createdAt: string;
  concurrencyStamp: string;
}

/** The whole warehouse list: the screens pick from it. */
export const ALL_WAREHOUSES = { maxResultCount: 1000 };
