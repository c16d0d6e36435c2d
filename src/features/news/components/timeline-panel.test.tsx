import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import frontierJson from '../../../../public/data/2024-10/frontier.json';
import newsJson from '../../../../public/data/2024-10/news.json';
import { SYNTHETIC_EDITION, syntheticDataRoot } from '../../../../tests/fixtures/synthetic-edition';
import { renderWithProviders } from '../../../../tests/test-utils';
import { frontierDatasetSchema, newsDatasetSchema, type NewsDataset } from '../news-schema';
import type { CompanyLinks } from '../timeline-items';
import { TimelinePanel } from './timeline-panel';

const news = newsDatasetSchema.parse(newsJson);
const frontier = frontierDatasetSchema.parse(frontierJson);
const links: CompanyLinks = new Map([
  ['QCOM.O', { name: { zh: '高通', en: 'Qualcomm' }, href: '/companies?tab=overseas&sel=QCOM.O' }],
]);

function renderPanel(
  { language = 'zh', path = '/timeline', data = news, dataDate = '2024-10-31' } = {} as {
    language?: 'zh' | 'en';
    path?: string;
    data?: NewsDataset;
    dataDate?: string;
  },
) {
  return renderWithProviders(
    <TimelinePanel
      news={data}
      frontier={frontier}
      companyLinks={links}
      revealRequest={null}
      onReveal={() => {}}
      dataDate={dataDate}
    />,
    { language, path },
  );
}

// Role queries over 45 rendered entries take seconds in jsdom on a busy machine.
describe('TimelinePanel (no chart in jsdom)', { timeout: 20_000 }, () => {
  it('lists all 45 items with an undated group last', () => {
    renderPanel();
    expect(screen.getAllByRole('article')).toHaveLength(45);
    expect(screen.getByText('显示 45 / 45 条')).toBeInTheDocument();
    const days = screen.getAllByRole('heading', { level: 3 });
    expect(days[days.length - 1]).toHaveTextContent('未注明日期（2024年10月报告）');
  });

  it("names the undated group and items after the shown edition's month, in each language", () => {
    const editions = syntheticDataRoot().get('editions.json') as {
      editions: { id: string; dataAsOf: string }[];
    };
    const synthetic = editions.editions.find((e) => e.id === SYNTHETIC_EDITION);
    if (!synthetic) throw new Error('no synthetic edition');
    const { unmount } = renderPanel({ dataDate: synthetic.dataAsOf });
    const days = screen.getAllByRole('heading', { level: 3 });
    expect(days[days.length - 1]).toHaveTextContent('未注明日期（2024年11月报告）');
    expect(screen.queryByText(/2024年10月报告/)).not.toBeInTheDocument();
    unmount();
    renderPanel({ language: 'en', dataDate: synthetic.dataAsOf });
    // The group heading and each of the six undated entries.
    expect(screen.getAllByText(/^Undated \(November 2024 report\)/)).toHaveLength(7);
  });

  it('reads the view from the URL: category, search with <mark> highlights, expanded item', () => {
    renderPanel({ path: '/timeline?cat=compute-chips&q=骁龙&open=t10-3' });
    const [item, ...others] = screen.getAllByRole('article');
    expect(others).toHaveLength(0);
    if (!item) throw new Error('no item shown');
    expect(item).toHaveAccessibleName(/高通发布骁龙/);
    const toggle = within(item).getByRole('button', { name: /高通发布骁龙/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const marks = within(item).getAllByRole('mark');
    expect(marks.length).toBeGreaterThan(1);
    for (const mark of marks) expect(mark).toHaveTextContent(/^骁龙$/);
    expect(screen.getByRole('button', { name: 'AI 服务器与芯片 1', pressed: true })).toBeVisible();
    // The company named links to the Companies page.
    expect(within(item).getByRole('link', { name: '在公司页查看 高通' })).toHaveAttribute(
      'href',
      '/companies?tab=overseas&sel=QCOM.O',
    );
  });

  it('toggles the body with the disclosure button', async () => {
    const user = userEvent.setup();
    renderPanel({ language: 'en' });
    const item = screen.getByRole('article', { name: /^Robotera/ });
    const toggle = within(item).getByRole('button', { name: 'Robotera' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // The region the button controls (aria-controls) is shown.
    const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(body).toBeVisible();
    expect(within(item).getByText(/only humanoid-robot company/)).toBeVisible();
  });

  it('renders a hostile headline as text, never as an element', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const first = news.items[0];
    if (!first) throw new Error('no items');
    const data = {
      ...news,
      items: [{ ...first, headline: { zh: hostile, en: hostile } }, ...news.items.slice(1)],
    };
    renderPanel({ data, path: '/timeline?q=img' });
    expect(screen.getByRole('button', { name: hostile })).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    const item = screen.getByRole('article', { name: hostile });
    expect(within(item).getByRole('mark')).toHaveTextContent(/^img$/);
  });

  it('marks the English reading as a translation', () => {
    renderPanel({ language: 'en' });
    const items = screen.getAllByRole('article');
    expect(items).toHaveLength(45);
    for (const item of items) expect(within(item).getByText('Translation')).toBeVisible();
  });
});
