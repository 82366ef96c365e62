import { map } from 'rxjs';
import { StockCompanyDto, StockDealDto } from '../api/models';
import { StockService } from '../api/services';
import { PICKER_PAGE, PickerItem, PickerSearch } from '../shared/pickers/picker';

/**
 * Where a shipment's company and deal pickers get their names: Stock's own copies of Crm's companies and deals
 * (a warehouse user may have no Crm permission), with the owner rule applied by the server. The current names come
 * with the document (`companyName`, `dealTitle`), so no lookup by id is needed.
 */
export interface ShipmentPickerSources {
  readonly companySearch: PickerSearch<StockCompanyDto>;
  readonly dealSearch: (companyId: string | null) => PickerSearch<StockDealDto>;
}

const companyItem = (c: StockCompanyDto): PickerItem<StockCompanyDto> => ({ id: c.id, name: c.name, hint: c.taxId, data: c });
const dealItem = (d: StockDealDto): PickerItem<StockDealDto> => ({ id: d.id, name: d.title, hint: d.companyName, data: d });

export function shipmentPickerSources(stock: StockService): ShipmentPickerSources {
  return {
    companySearch: (filter) =>
      stock.getStockCompanies({ filter: filter || undefined, maxResultCount: PICKER_PAGE }).pipe(map((page) => page.items.map(companyItem))),
    dealSearch: (companyId) => (filter) =>
      stock
        .getStockDeals({ filter: filter || undefined, companyId: companyId || undefined, maxResultCount: PICKER_PAGE })
        .pipe(map((page) => page.items.map(dealItem))),
  };
}
