/** Archive to the entries of the page kinds: years and months, the undated section, breadcrumbs, search filters, the feed's cap. */
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import type { Article } from "../../src/model/article.ts";
import { feedSize } from "../../src/site/feeds.ts";
import { planSite } from "../../src/site/plan-site.ts";
import { archivePages } from "../../templates/archive.ts";
import { articlePages } from "../../templates/article.ts";
import { atomFeedPages } from "../../templates/atom-feed.ts";
import { monthPages } from "../../templates/month.ts";
import { searchPages } from "../../templates/search.ts";
import { yearPages } from "../../templates/year.ts";
import { parseArticle } from "../helpers.ts";

const site = { title: "Test Archive", pathPrefix: "/", siteUrl: null };

const article = parseArticle;

function dated(day: string, title: string): Article {
  return article(`${day}-${title.toLowerCase().replace(/\W+/g, "-")}.md`, `# ${title}\n\nThe council met on the day to discuss ${title.toLowerCase()}, and the minutes were published.\n`);
}

const undated = article("notes.txt", "Undated notes\n\nA story that came without any date, about the river and its bridges.\n");
const records = [dated("2024-05-16", "Bridge vote"), dated("2024-05-02", "Ferry timetable"), dated("2024-01-20", "Winter flood"), dated("2022-11-03", "Old market"), undated];
const { content } = planSite(buildArchive(records), site);

describe("the archive by year and month", () => {
  it("has a page for each year with articles, newest first, with months newest first", () => {
    expect(yearPages.entries(content).map((year) => [year.year, year.url, year.articleCount])).toEqual([
      ["2024", "/archive/2024/", 3],
      ["2022", "/archive/2022/", 1],
    ]);
    const [year2024] = yearPages.entries(content);
    expect(year2024?.months.map((month) => [month.label, month.articles.map((entry) => entry.title)])).toEqual([
      ["May 2024", ["Bridge vote", "Ferry timetable"]],
      ["January 2024", ["Winter flood"]],
    ]);
    expect(year2024?.newer).toBeNull();
    expect(year2024?.older).toEqual({ label: "2022", url: "/archive/2022/" });
  });

  it("has a page for each month with articles, newest first across years, linked to the months around it", () => {
    const months = monthPages.entries(content);
    expect(months.map((month) => [month.url, month.label, month.articles.map((entry) => entry.title)])).toEqual([
      ["/archive/2024/05/", "May 2024", ["Bridge vote", "Ferry timetable"]],
      ["/archive/2024/01/", "January 2024", ["Winter flood"]],
      ["/archive/2022/11/", "November 2022", ["Old market"]],
    ]);
    expect(months.map((month) => [month.newer?.url ?? null, month.older?.url ?? null])).toEqual([
      [null, "/archive/2024/01/"],
      ["/archive/2024/05/", "/archive/2022/11/"],
      ["/archive/2024/01/", null],
    ]);
  });

  it("keeps undated articles apart, and their breadcrumbs lead to that section", () => {
    expect(archivePages.entries(content)[0]?.undated.map((entry) => entry.title)).toEqual(["Undated notes"]);
    const page = articlePages.entries(content).find((entry) => entry.article.title === "Undated notes");
    expect(page?.breadcrumbs.map((crumb) => crumb.url)).toEqual(["/", "/archive/", "/archive/#undated", null]);
    const datedPage = articlePages.entries(content).find((entry) => entry.article.title === "Old market");
    expect(datedPage?.breadcrumbs.map((crumb) => crumb.label)).toEqual(["Home", "Archive", "2022", "Old market"]);
  });

  it("offers a Year search filter with every year and Undated last", () => {
    expect(searchPages.entries(content)[0]?.filters.find((filter) => filter.name === "Year")?.values).toEqual(["2024", "2022", "Undated"]);
  });
});

describe("the feeds", () => {
  it(`carry the newest ${feedSize} articles`, () => {
    const many = Array.from({ length: feedSize + 7 }, (_, index) => dated(`2020-01-${String((index % 28) + 1).padStart(2, "0")}`, `Item ${index}`));
    const manyContent = planSite(buildArchive(many), site).content;
    const [feed] = atomFeedPages.entries(manyContent);
    expect(feed?.articles).toHaveLength(feedSize);
    expect(feed?.articles).toEqual(manyContent.archive.articles.slice(0, feedSize));
  });
});

describe("versions of one story", () => {
  it("links each version of a near-copied story to the others, and nothing else", () => {
    const story =
      "The council voted on Tuesday to rebuild the old stone bridge over the river, after engineers warned that its arches were failing and traffic had to be limited. The work will take two years and cost twelve million pounds, most of it from a national fund.";
    const first = article("a.txt", story);
    const second = article("b.txt", `${story} A temporary footbridge will open in the spring.`);
    const other = article("c.txt", "Ferry services to the islands will run on the winter timetable from next week, the operator said.");
    const pages = articlePages.entries(planSite(buildArchive([first, second, other]), site).content);
    const versionsOf = (file: string) => pages.find((page) => page.article.sourceFile === file)?.versions.map((version) => version.url);
    expect(versionsOf("a.txt")).toEqual([second.url]);
    expect(versionsOf("b.txt")).toEqual([first.url]);
    expect(versionsOf("c.txt")).toEqual([]);
  });
});
