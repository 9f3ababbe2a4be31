import { Body1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2 } from "@fluentui/react-components";
import { stringsRu } from "../strings-ru";

/** A screen whose feature has not landed yet: what is coming, never a broken button. */
export function ComingScreen({ feature }: { feature: keyof typeof stringsRu.coming }) {
  const text = stringsRu.coming[feature];
  return (
    <section aria-labelledby={`coming-${feature}`}>
      <Subtitle2 as="h2" id={`coming-${feature}`}>
        {stringsRu.tabs[feature]}
      </Subtitle2>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.title}</MessageBarTitle>
          <Body1>{text.body}</Body1>
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
