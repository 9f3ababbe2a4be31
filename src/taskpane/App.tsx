import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { INDEX_IDS } from "../core";
import type { Result } from "../core/result";
import {
  loadCriteriaProfile,
  saveCriteriaProfile,
  type CriteriaProfile,
  type LoadedProfile,
} from "../core/criteria";
import { refreshActiveProfile } from "../runtime/profile";
import { SelectionCard } from "./components/SelectionCard";
import { TaskStatus } from "./components/TaskStatus";
import { usePaneWriter } from "./components/usePaneWriter";
import { useCellSelect, useMonitoring, useRoadmap, useValidation } from "./components/useToolScreens";
import { useTask } from "./components/useTask";
import { applyPatch, saveCorrections, type CorrectionPatch } from "../hosts/corrections-store";
import { isWritable } from "./data/operation-host";
import type { SelectedRow } from "./data/selection";
import type { PaneSession } from "./data/session";
import { readWorkbook, remap, type WorkbookData } from "./data/workbook-data";
import { runClusters } from "./model/cluster-run";
import { clusterSheetPlan, type WriteMode } from "./model/cluster-sheet";
import { runKMeans, type KMeansRun } from "./model/kmeans-run";
import { kmeansSheetPlan } from "./model/kmeans-sheet";
import { mentorPairs } from "./model/mentor-run";
import {
  chooseMethod,
  defaultChoice,
  deriveDistrict,
  schoolAtRow,
  type ClusterChoice,
  type MethodId,
} from "./model/pane-model";
import { evaluateAll, type StatusInput } from "./model/status-run";
import { currentThemeKind, type ThemeKind } from "./office-theme";
import { ClustersScreen } from "./screens/ClustersScreen";
import { CriteriaScreen } from "./screens/CriteriaScreen";
import { MonitoringScreen } from "./screens/MonitoringScreen";
import { RoadmapScreen } from "./screens/RoadmapScreen";
import { ValidationScreen } from "./screens/ValidationScreen";
import { WorkbookScreen } from "./screens/WorkbookScreen";
import { stringsRu } from "./strings-ru";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  tabs: { flexWrap: "wrap" },
});

/** The screens, in the order of the analyst's year. */
export const TABS = ["workbook", "validation", "clusters", "criteria", "roadmap", "monitoring"] as const;
/** One screen of the pane. */
export type TabId = (typeof TABS)[number];

/** The task pane: tabs over the workbook, its clusters and criteria, with progress, errors and selection. */
export function App(props: { session: PaneSession; theme?: ThemeKind }) {
  const { session } = props;
  const styles = useStyles();
  const task = useTask();
  const [tab, setTab] = useState<TabId>("workbook");
  const [data, setData] = useState<WorkbookData>();
  const [profile, setProfile] = useState<LoadedProfile>();
  const [choice, setChoice] = useState<ClusterChoice>();
  const [selected, setSelected] = useState<SelectedRow>();
  useEffect(() => session.selection.subscribe(setSelected), [session]);

  const load = useCallback(
    () =>
      task.run(stringsRu.task.reading, async (signal, progress) => {
        const read = await readWorkbook(session.host, { signal, onProgress: progress });
        const loaded = await loadCriteriaProfile(session.host);
        setData(read);
        setProfile(loaded);
      }),
    [session, task.run],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const district = useMemo(() => (data ? deriveDistrict(data.map) : undefined), [data]);
  useEffect(() => {
    if (district && (!choice || !district.byId.has(choice.results) || !district.byId.has(choice.context)))
      setChoice(defaultChoice(district, choice?.model ?? "D", choice?.band));
  }, [district, choice]);
  const run = useMemo(() => {
    if (!district || !choice) return undefined;
    const results = district.byId.get(choice.results);
    const context = district.byId.get(choice.context);
    if (!results || !context) return undefined;
    return runClusters(district.schools, results, context, choice.model, choice.band);
  }, [district, choice]);
  const kmeansChoice = choice?.method === "kmeans" ? choice.kmeans : undefined;
  const kmeansRun = useMemo<Result<KMeansRun> | undefined>(() => {
    if (!district || !kmeansChoice) return undefined;
    const variables = kmeansChoice.variables.flatMap((id) => district.byId.get(id) ?? []);
    return runKMeans(district.schools, variables, kmeansChoice.k, kmeansChoice.seed);
  }, [district, kmeansChoice]);
  const statusInput = useMemo<StatusInput | undefined>(
    () =>
      district && {
        schools: district.schools,
        procedures: district.procedures,
        context: district.byId.get(INDEX_IDS.contingent),
        results: district.byId.get(INDEX_IDS.results),
      },
    [district],
  );
  const statuses = useMemo(
    () => (statusInput && profile ? evaluateAll(statusInput, profile.profile) : []),
    [statusInput, profile],
  );
  const mentors = useCallback(
    (keys: readonly string[]) => {
      const results = district?.byId.get(INDEX_IDS.results);
      const v = stringsRu.criteria.variables;
      const contexts = (
        [
          [v.contingent, INDEX_IDS.contingent],
          [v.staffing, INDEX_IDS.staffing],
          [v.microdistrict, INDEX_IDS.microdistrict],
        ] as const
      ).flatMap(([name, id]) => {
        const measure = district?.byId.get(id);
        return measure ? [{ name, measure }] : [];
      });
      return results && district && contexts.length > 0
        ? mentorPairs(keys, district.schools, results, contexts)
        : [];
    },
    [district],
  );

  const patch = (sheet: string, change: CorrectionPatch) => {
    if (!data) return;
    const corrections = applyPatch(data.corrections, sheet, change);
    void task.run(stringsRu.task.saving, async () => {
      await saveCorrections(session.host, corrections);
      setData(remap(data, corrections));
    });
  };
  const write = usePaneWriter(session, task, setData);
  const writeClusters = (mode: WriteMode) => {
    const plan =
      choice?.method === "kmeans"
        ? kmeansRun?.ok && kmeansSheetPlan(kmeansRun.value, mode, new Date())
        : run?.ok && clusterSheetPlan(run.value, mode, new Date());
    if (!plan) return;
    void write([plan], ([t]) => stringsRu.clusters.written(t.name, t.replaces));
  };
  const tools = { session, task, data, profile: profile?.profile, setData, write };
  const cell = useCellSelect(tools);
  const validation = useValidation(tools);
  const roadmap = useRoadmap(tools);
  const openMonitoring = useCallback(() => setTab("monitoring"), []);
  const monitoring = useMonitoring(tools, openMonitoring);
  const canWrite = isWritable(session.host);
  const saveProfile = (next: CriteriaProfile) =>
    void task.run(
      stringsRu.task.savingProfile,
      async () => {
        await saveCriteriaProfile(session.host, next);
        // The custom functions use the saved profile from now on, not only after the next start-up.
        await refreshActiveProfile(session.host);
        setProfile({ profile: next, stored: true, messages: [] });
      },
      stringsRu.criteria.saved,
    );

  const selectedKey = data && selected ? schoolAtRow(data.map, selected) : undefined;
  const selectedSchool = selectedKey ? district?.schools.find((s) => s.key === selectedKey) : undefined;
  const selectedRow = run?.ok ? run.value.rows.find((r) => r.key === selectedKey) : undefined;
  const theme = (props.theme ?? currentThemeKind()) === "dark" ? webDarkTheme : webLightTheme;
  const busy = task.state.running;

  return (
    <FluentProvider theme={theme} lang="ru">
      <main className={styles.root}>
        <header>
          <Title3 as="h1">{stringsRu.appTitle}</Title3>
          <br />
          <Caption1>{session.preview ? stringsRu.preview : stringsRu.appSubtitle}</Caption1>
        </header>
        <nav aria-label={stringsRu.tabsLabel}>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
          >
            {TABS.map((id) => (
              <Tab key={id} value={id} id={`tab-${id}`}>
                {stringsRu.tabs[id]}
              </Tab>
            ))}
          </TabList>
        </nav>
        <TaskStatus task={task} />
        {data ? (
          <SelectionCard
            school={selectedSchool}
            row={selectedRow}
            clusterName={
              run?.ok ? run.value.clusters.find((c) => c.number === selectedRow?.cluster)?.name : undefined
            }
            status={statuses.find((s) => s.key === selectedKey)}
          />
        ) : null}
        <div role="tabpanel" aria-labelledby={`tab-${tab}`} data-testid={`screen-${tab}`}>
          {!data ? (
            !busy ? (
              <Button onClick={() => void load()}>{stringsRu.retry}</Button>
            ) : (
              <Body1>{stringsRu.loading}</Body1>
            )
          ) : tab === "workbook" ? (
            <WorkbookScreen
              sheets={data.map.sheets}
              busy={busy}
              onPatch={patch}
              onReload={() => void load()}
            />
          ) : tab === "clusters" && district && choice ? (
            <ClustersScreen
              district={district}
              choice={choice}
              run={run}
              kmeansRun={kmeansRun}
              busy={busy}
              canWrite={canWrite}
              onChoice={setChoice}
              onModel={(method: MethodId) => setChoice(chooseMethod(district, choice, method))}
              onWrite={writeClusters}
            />
          ) : tab === "criteria" && statusInput && profile ? (
            <CriteriaScreen
              input={statusInput}
              saved={profile.profile}
              stored={profile.stored}
              busy={busy}
              mentors={mentors}
              onSave={saveProfile}
            />
          ) : tab === "validation" ? (
            <ValidationScreen
              result={validation.result}
              busy={busy}
              can={{ write: canWrite, select: cell.can, highlight: validation.canHighlight }}
              onRun={validation.run}
              onWrite={validation.writeReport}
              onHighlight={validation.highlight}
              onUnhighlight={validation.unhighlight}
              onSelect={cell.select}
            />
          ) : tab === "roadmap" && roadmap.defaults ? (
            <RoadmapScreen
              options={roadmap.options}
              defaults={roadmap.defaults}
              findingsOf={roadmap.findingsOf}
              busy={busy}
              canWrite={canWrite}
              canSelect={cell.can}
              onGenerate={roadmap.generate}
              onMakeTemplate={roadmap.makeTemplate}
              onReload={() => void load()}
              onSelect={cell.select}
            />
          ) : tab === "monitoring" ? (
            <MonitoringScreen
              done={monitoring.done}
              problem={monitoring.problem}
              busy={busy}
              canWrite={canWrite}
              onGenerate={monitoring.generate}
              onStep={(step) => setTab(step === "criteria" ? "criteria" : "workbook")}
            />
          ) : null}
        </div>
      </main>
    </FluentProvider>
  );
}
