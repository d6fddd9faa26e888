import type { Meta } from '@storybook/react-vite';
import { ProductList } from './ProductList.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof ProductList> = { title: 'Case/ProductList', component: ProductList };
export default meta;

const products = (id: string) =>
  okCaseStory(id, ({ case: c }) => <ProductList products={c.products} sources={c.sources} />);

/** One product with target, origin, vector and gene editing stated. */
export const Zhou = products(CASE_IDS.zhou);
/** Two products: autologous first infusion, donor-derived second. */
export const Kong = products(CASE_IDS.kong);
/** A product whose target the source does not state. */
export const GrandmaSun = products(CASE_IDS.sun);
