import type { GetStaticProps } from 'next';
import { ListDocument } from '@/components/list-document';
import type { SiteConfig } from '@/lib/content';
import type { AccessibilityPageData } from '@/lib/site/page-data';
import { accessibilityPageData } from '@/lib/site/page-data';
import { IDS } from '@/lib/ui/ids';

/** 无障碍声明: a static page without framework JavaScript. */
export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<AccessibilityPageData> = () => ({ props: accessibilityPageData() });

/** How to reach the site's organiser, from the values known in content/site.yaml only. */
function contact(site: SiteConfig): string {
  const who = site.organizer ?? site.sponsor ?? site.government;
  const ways = [site.phone && `电话 ${site.phone}`, site.address && `地址 ${site.address}`].filter(Boolean);
  return ways.length > 0 ? `请联系${who}：${ways.join('，')}。` : `请联系${who}。`;
}

export default function AccessibilityPage(frame: AccessibilityPageData) {
  const { site } = frame;
  return (
    <ListDocument {...frame}>
      <div className="page">
        <h1 id={IDS.title} tabIndex={-1}>无障碍声明</h1>
        <p className="lede">
          {site.siteName}希望每一位公众，无论使用何种设备、是否借助辅助技术，都能完整阅读政府报告。
          本网站按照《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668-2019）、
          《互联网网站适老化通用设计规范》和 WCAG 2.2 AA 级要求建设。
        </p>
        <h2>本网站提供的功能</h2>
        <ul>
          <li>
            页面顶部“无障碍”按钮打开阅读设置：字号（六档，最大 200%，整页随之放大、不出现横向滚动）、高对比度（文字对比度不低于 7:1）、
            行距（标准或宽松）、大鼠标、长者模式（一次开启大字、宽行距、大按钮和高对比度）和“重置”。设置保存在本机浏览器中，所有页面生效，打开页面时即按设置显示，不会闪烁。
          </li>
          <li>朗读：在报告页可朗读全文或单独朗读某一部分，可暂停、继续和停止，正在朗读的句子会高亮并保持在屏幕内。使用浏览器自带的语音合成，浏览器不支持时不显示此功能。</li>
          <li>报告页的目录会随阅读位置标出当前部分（屏幕阅读器读作“当前”）；宽屏时目录固定在正文旁边，手机上可从页首和每部分末尾的“返回目录”回到目录。</li>
          <li>屏幕阅读器可按标题（一级标题为报告名称，二级为各部分，三级为各要点）和地标区域（页眉、当前位置、正文、目录、页脚）浏览；报告中的数字带有机器可读的数值。</li>
          <li>本网站不设键盘快捷键，以免与屏幕阅读器的按键冲突；请使用 Tab 键和屏幕阅读器自身的导航功能。</li>
          <li>“打印”按钮生成适合 A4 纸的版面，文末附本文网址和二维码。</li>
          <li>所有功能均可只用键盘操作，焦点位置清晰可见；本网站尊重操作系统的高对比度、强制颜色和减少动态效果设置。</li>
          <li>不使用第三方“无障碍工具条”等外部脚本，所有资源均由本网站提供，IPv6 和 IPv4 访问内容一致。</li>
          <li>关闭浏览器脚本（JavaScript）时，报告全文、目录和链接仍可完整阅读，只是不提供阅读设置。</li>
        </ul>
        <h2>我们如何测试</h2>
        <p>
          每次更新都在 Chromium 浏览器中自动运行 axe 无障碍检查（WCAG 2.2 AA 规则），覆盖全部页面的每一档字号、高对比度、宽行距、长者模式、
          系统强制颜色模式和打印样式；并自动检查键盘操作、焦点可见、高对比度下实测文字对比度、320 像素窄屏下无横向滚动、标题层级和朗读顺序。
          开发人员还会查看手机和电脑尺寸下各模式的页面截图和打印效果。
        </p>
        <h2>已知局限</h2>
        <ul>
          <li>报告附件（如盖章版 PDF）由发布单位提供，可能不完全满足无障碍要求；报告全文以网页形式提供，内容与附件一致。</li>
          <li>微博、QQ 等分享目标网站不由本网站管理，其无障碍情况由相应网站负责。</li>
          <li>朗读使用设备上已安装的语音，个别设备可能没有中文语音；大鼠标选项仅在使用鼠标的设备上提供。</li>
          <li>尚未邀请视障用户进行实地可用性测试，欢迎反馈。</li>
        </ul>
        <h2>反馈无障碍问题</h2>
        <p>
          如果您在使用中遇到障碍，{contact(site)}
          请说明您访问的页面、遇到的问题和使用的设备或辅助技术，我们会尽快答复并改进。
        </p>
      </div>
    </ListDocument>
  );
}
