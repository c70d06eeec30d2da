import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import type { Actor } from '../../../../shared/model/actor';
import { roleMay } from '../../../../shared/model/permissions';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Workspace } from '../../db/workspace';
import './caseList.css';
import { CaseCountLine } from './CaseCountLine';
import { CaseListFilterBar } from './CaseListFilterBar';
import { CaseTable } from './CaseTable';
import { figureFromSearchParams, FIGURE_LABEL_PARAM, FIGURE_PARAM } from './caseListFigureFilter';
import { CasesPdfLink } from './CasesPdfLink';
import { FigureExportButton } from './FigureExportButton';
import { FigureFilterChip, InvalidFigureFilter } from './FigureFilterChip';
import { ListExportMenu } from './ListExportMenu';
import { useCaseListStore } from '../../stores/caseListStore';
import { useOfficeToday } from '../../ui/useOfficeToday';
import { useCaseListPage } from './useCaseListPage';
import { useCaseworkSession } from '../../store/useCaseworkSession';

/** The home screen: every case of the workspace, filtered, searched and sorted by the store. */
export function CasesPage() {
  const { actor, workspace } = useCaseworkSession();
  if (!actor) return null;
  return <CaseList key={`${workspace}:${actor.userId}`} actor={actor} workspace={workspace} />;
}

function CaseList({ actor, workspace }: { actor: Actor; workspace: Workspace }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const figureParam = params.get(FIGURE_PARAM);
  const figureLabel = params.get(FIGURE_LABEL_PARAM);
  // Parsed once per link (the page re-renders as rows arrive).
  const figure = useMemo(
    () => figureFromSearchParams(new URLSearchParams(figureParam === null ? {} : { [FIGURE_PARAM]: figureParam, [FIGURE_LABEL_PARAM]: figureLabel ?? '' })),
    [figureParam, figureLabel],
  );
  const removeFigure = () =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete(FIGURE_PARAM);
      next.delete(FIGURE_LABEL_PARAM);
      return next;
    });
  const page = useCaseListPage(actor, workspace, figure.kind === 'figure' ? figure : undefined);
  const filters = useCaseListStore((state) => state.filters);
  const { today } = useOfficeToday();
  return (
    <Stack className="case-list-page" gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('pages.cases.title')}</Title>
        {figure.kind !== 'figure' && !page.searching && <CasesPdfLink actor={actor} workspace={workspace} selection={{ filter: page.printFilter }} />}
      </Group>
      {figure.kind === 'figure' ? (
        <Group gap="md">
          <FigureFilterChip figure={figure} progress={page.figureProgress} formats={page.formats} onRemove={removeFigure} />
          <FigureExportButton actor={actor} workspace={workspace} figure={figure} formats={page.formats} />
          <CasesPdfLink actor={actor} workspace={workspace} selection={{ figure: figure.filter }} />
        </Group>
      ) : (
        <>
          <CaseListFilterBar search={page.search} onSearch={page.setSearch} counts={page.counts} assignees={page.assignees} formats={page.formats} />
          <ListExportMenu
            actor={actor}
            workspace={workspace}
            filters={filters}
            today={today}
            searching={page.searching}
            assignees={page.assignees}
            formats={page.formats}
          />
        </>
      )}
      {figure.kind === 'invalid' && <InvalidFigureFilter onRemove={removeFigure} />}
      <CaseCountLine
        count={page.count}
        searching={page.searching}
        truncated={page.list.truncated}
        total={page.counts?.total}
        sortFixed={page.sortFixed}
        formats={page.formats}
      />
      {page.list.failed && (
        <Alert color="red" role="alert">
          {t('cases.loadFailed')}
        </Alert>
      )}
      <CaseTable
        rows={page.list.rows}
        loading={page.list.loading}
        complete={page.list.complete}
        sort={page.sort}
        sortDisabled={page.sortFixed}
        onSort={page.onSort}
        onLoadMore={page.list.loadMore}
        onOpen={page.onOpen}
        onVisibleRange={page.onVisibleRange}
        cellContext={page.cellContext}
        empty={page.counts?.total === 0 ? <NoCasesYet actor={actor} workspace={workspace} /> : t('cases.empty')}
      />
    </Stack>
  );
}

/** An empty workspace says what to do next: "New case", for a role that may open one. */
function NoCasesYet({ actor, workspace }: { actor: Actor; workspace: Workspace }) {
  const { t } = useTranslation();
  if (!roleMay(actor.role, 'case.open', workspace)) return <>{t('cases.emptyDatabaseReadOnly')}</>;
  return (
    <Stack align="center" gap="sm">
      {t('cases.emptyDatabase')}
      <Button component={Link} to="/intake" data-testid="empty-new-case">
        {t('nav.intake')}
      </Button>
    </Stack>
  );
}
