import type { GenogramDocument } from '../../../../src/core/model/types';
import { analyseFamilies } from '../../../../src/core/layout/layoutFamilies';
import { assignGenerations } from '../../../../src/core/layout/generations';
import { buildOrderModel, type OrderModel } from '../../../../src/core/layout/order/orderModel';

/** The order problem of a document, as the layout builds it. */
export function modelOf(doc: GenogramDocument): OrderModel {
  const fam = analyseFamilies(doc);
  return buildOrderModel(doc, fam, assignGenerations(doc, fam));
}

/** The person ids of each row, left to right, for a solution. */
export function idsByRow(model: OrderModel, solution: { itemOrder: number[][]; arrangement: number[][] }): string[][] {
  return model.rows.map((items, r) =>
    solution.itemOrder[r]!.flatMap((i) => items[i]!.arrangements[solution.arrangement[r]![i]!]!.units.filter((u) => u < model.personCount).map((u) => model.personIds[u]!)),
  );
}
