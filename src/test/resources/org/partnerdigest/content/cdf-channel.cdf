<?xml version="1.0" encoding="windows-1252"?>
<!-- Channel Definition Format (W3C NOTE-CDFsubmit-19970309): a CHANNEL with HREF, LASTMOD, TITLE
     and ABSTRACT, and ITEMs with the same. Element and attribute names are case-insensitive. -->
<CHANNEL HREF="https://cdf.example.com/" LASTMOD="2004-04-06T23:05:43-05:00" BASE="https://cdf.example.com/">
  <TITLE>Partner channel</TITLE>
  <ABSTRACT>Program news as a CDF channel</ABSTRACT>
  <ITEM HREF="news/renewals.html" LASTMOD="2004-04-05T10:00:00Z">
    <TITLE>Renewals</TITLE>
    <ABSTRACT>When &lt;b&gt;renewals&lt;/b&gt; are due</ABSTRACT>
  </ITEM>
  <item href="https://cdf.example.com/news/tiers.html">
    <title>Tiers</title>
  </item>
</CHANNEL>
