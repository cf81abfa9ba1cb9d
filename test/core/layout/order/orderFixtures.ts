import type { GenogramDocument } from '../../../../src/core/model/types';
import { analyseFamilies } from '../../../../src/core/layout/layoutFamilies';
import { assignGenerations } from '../../../../src/core/layout/generations';
import { buildOrderModel, type OrderModel } from '../../../../src/core/layout/order/orderModel';

/** The order problem of a document, as the layout builds it. */
export function modelOf(doc: GenogramDocument): OrderModel {
  const fam = analyseFamilies(doc);
  return buildOrderModel(doc, fam, assignGenerations(doc, fam));
}

