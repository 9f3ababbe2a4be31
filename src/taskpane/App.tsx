import { useEffect, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { subscribeNotices, type Notice } from "../runtime/notices";
import { currentThemeKind, type ThemeKind } from "./office-theme";
import { stringsRu } from "./strings-ru";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The first, minimal task pane: what the add-in is and what is coming; shows notices raised by commands. */
export function App(props: { theme?: ThemeKind }) {
  const styles = useStyles();
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(
    () => subscribeNotices((n) => setNotices((list) => [...list.filter((x) => x.id !== n.id), n])),
    [],
  );
  const theme = (props.theme ?? currentThemeKind()) === "dark" ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} lang="ru">
      <main className={styles.root}>
        <header>
          <Title2 as="h1">{stringsRu.appTitle}</Title2>
          <br />
          <Caption1>{stringsRu.appSubtitle}</Caption1>
        </header>
        {notices.map((n) => (
          <MessageBar key={n.seq} intent="info">
            <MessageBarBody>
              <MessageBarTitle>{stringsRu.notices[n.id].title}</MessageBarTitle>
              {stringsRu.notices[n.id].body}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="transparent" onClick={() => setNotices((l) => l.filter((x) => x !== n))}>
                {stringsRu.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ))}
        <Body1>{stringsRu.intro}</Body1>
        <Body1>{stringsRu.functionsReady}</Body1>
        <section aria-labelledby="shnor-coming">
          <Subtitle2 as="h2" id="shnor-coming">
            {stringsRu.comingTitle}
          </Subtitle2>
          <ul className={styles.list}>
            {stringsRu.coming.map((item) => (
              <li key={item}>
                <Body1>{item}</Body1>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </FluentProvider>
  );
}
