import { CrmService } from '../api/services';
import { crmCompanyLookup, crmCompanySearch, dealItem } from '../shared/pickers/crm-pickers';
import { PICKER_PAGE, PickerLookup, PickerSearch } from '../shared/pickers/picker';
import { map } from 'rxjs';

/**
 * Where a shipment's company and deal pickers get their names.
 *
 * A warehouse user may have no Crm permission, so these should be Stock's own copies
 * (`GET /api/stock/companies?filter=` and `GET /api/stock/deals?filter=&companyId=`). Until those routes are in the
 * generated client, Crm's routes are used: they answer users with Crm permissions and leave the list empty for others.
 * This file is the one place to switch.
 */
export interface ShipmentPickerSources {
  readonly companySearch: PickerSearch;
  readonly companyLookup?: PickerLookup;
  readonly dealSearch: (companyId: string | null) => PickerSearch;
  readonly dealLookup?: PickerLookup;
}

export function shipmentPickerSources(crm: CrmService): ShipmentPickerSources {
  return {
    companySearch: crmCompanySearch(crm),
    companyLookup: crmCompanyLookup(crm),
    dealSearch: (companyId) => (filter) =>
      crm
        .getDeals({ filter: filter || undefined, companyId: companyId || undefined, maxResultCount: PICKER_PAGE })
        .pipe(map((page) => page.items.map(dealItem))),
    dealLookup: (id) => crm.getDeal({ id }).pipe(map(dealItem)),
  };
}
